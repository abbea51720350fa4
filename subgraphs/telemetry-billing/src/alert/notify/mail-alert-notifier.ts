import type { Mailer } from "@dcx/kit";
import { alertMessage } from "./alert-message";
import type { AlertNotifier } from "./alert-notifier";
import type { OrganizationContacts } from "./organization-contacts";

/**
 * E-mails each owner and admin of the alert's organisation, one message each (the kit's mailers
 * take one recipient per message). An organisation without any is logged and counts as told.
 */
export function createMailAlertNotifier(options: {
  contacts: OrganizationContacts;
  mailer: Mailer;
  /** The dashboard's base URL, for the link to the VM's page. */
  dashboardUrl: string;
  log: (line: string) => void;
}): AlertNotifier {
  return {
    async notify(notice) {
      const recipients = await options.contacts.ownersAndAdmins(notice.organizationId);
      if (recipients.length === 0) {
        options.log(`alert ${notice.alertId}: organisation ${notice.organizationId} has no owner or admin to e-mail`);
        return 0;
      }
      const message = alertMessage(notice, options.dashboardUrl.replace(/\/$/, ""));
      for (const to of recipients) await options.mailer.send({ to, ...message });
      return recipients.length;
    },
  };
}
