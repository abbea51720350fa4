import { timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import type { ServiceMetrics } from "./metrics";

export interface MetricsAccess {
  production: boolean;
  /** `METRICS_TOKEN`: scrapers send `Authorization: Bearer <token>`. */
  token: string | undefined;
}

/**
 * GET /metrics in Prometheus' text format. With `METRICS_TOKEN` set, only a scraper presenting
 * it gets an answer; in production without a token the endpoint stays closed, because operation
 * names and traffic figures are nobody else's business (the gateway's port is public).
 */
export function metricsRoute(metrics: ServiceMetrics, access: MetricsAccess): RequestHandler {
  const expected = access.token ? Buffer.from(`Bearer ${access.token}`) : null;
  return async (req, res) => {
    if (!expected && access.production) {
      res.status(404).type("text/plain").send("metrics are served only with METRICS_TOKEN set\n");
      return;
    }
    if (expected) {
      const given = Buffer.from(req.header("authorization") ?? "");
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.status(401).set("www-authenticate", "Bearer").type("text/plain").send("unauthorized\n");
        return;
      }
    }
    const { contentType, body } = await metrics.render();
    res.type(contentType).send(body);
  };
}
