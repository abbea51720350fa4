/**
 * The ERROR values the simulator answers with. PayGate answers HTTP 200 with `ERROR=<code>`
 * on its server-to-server endpoints; the browser pages show the code instead.
 */
export const PayGateError = {
  /** CHECKSUM does not match the fields and the merchant's encryption key. */
  CHECKSUM: "DATA_CHK",
  /** PAYGATE_ID missing or not an 11-digit number. */
  INVALID_PAYGATE_ID: "ND_INV_PGID",
  /** PAYGATE_ID is not a configured merchant. */
  PAYGATE_ID_NOT_ENABLED: "PGID_NOT_EN",
  /** A mandatory field is missing or empty. */
  MISSING_FIELD: "DATA_PW",
  /** AMOUNT is not a whole number of cents. */
  AMOUNT_NOT_NUMBER: "DATA_AMT_NUM",
  /** AMOUNT is zero. */
  AMOUNT_ZERO: "DATA_AMT_ZERO",
  /** CURRENCY is not one the merchant accepts. */
  CURRENCY: "DATA_CUR",
  /** TRANSACTION_DATE is not a real `YYYY-MM-DD HH:MM:SS` date. */
  TRANSACTION_DATE: "DATA_DTTM",
  /** EMAIL is not an email address. */
  EMAIL: "DATA_EMAIL",
  /** PAY_METHOD is given and is not "CC" (the only method simulated). */
  PAY_METHOD: "DATA_PM",
  /** A field has the wrong format: REFERENCE too long, a URL that is not http(s), LOCALE, COUNTRY. */
  FORMAT: "DATA_REGEX",
  /** PAY_REQUEST_ID missing. */
  MISSING_PAY_REQUEST_ID: "DATA_PAY_REQ_ID",
  /** PAY_REQUEST_ID unknown, of another merchant, or REFERENCE does not match it. */
  INVALID_PAY_REQUEST_ID: "ND_INV_PRID",
} as const;

export type PayGateErrorCode = (typeof PayGateError)[keyof typeof PayGateError];
