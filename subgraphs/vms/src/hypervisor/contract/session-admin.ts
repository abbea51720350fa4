import { VSphereSession } from "../vsphere/session";
import { PropertyCollector } from "../vsphere/property-collector";
import { SoapTransport } from "../vsphere/soap-transport";
import { children, moRef, text } from "../vsphere/soap-xml";

/**
 * A second, administrator's session on the same endpoint, to do behind the client's back what an
 * operator would: end every other session (TerminateSession).
 */
export async function terminateOtherSessions(url: string, user: string, password: string): Promise<number> {
  const transport = new SoapTransport({ url, callTimeoutMs: 10_000 });
  const session = new VSphereSession(transport, { user, password }, { retries: 0, backoffMs: 0 });
  try {
    return await session.run(async () => {
      const { sessionManager } = await session.serviceContent();
      const content = await new PropertyCollector(session).retrieveOne(sessionManager, [
        "currentSession",
        "sessionList",
      ]);
      const own = text(content?.props.get("currentSession"), "key");
      const others = children(content?.props.get("sessionList"), "UserSession")
        .map((userSession) => text(userSession, "key"))
        .filter((key): key is string => Boolean(key) && key !== own);
      if (others.length > 0)
        await session.invoke("TerminateSession", { _this: moRef(sessionManager), sessionId: others });
      return others.length;
    });
  } finally {
    await session.logout();
    await transport.close();
  }
}
