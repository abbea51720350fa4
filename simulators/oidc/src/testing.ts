export { IdpBrowser, signInAtIdp } from "./idp-browser.testing";
