export { organizationReference } from "./organization.reference";
export { Organization } from "./organization.type";
