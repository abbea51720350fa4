export {
  PAYWEB3_PATHS,
  startPayGateSimulator,
  type PayGateSimulator,
  type PayGateSimulatorOptions,
  type TransactionView,
} from "./paygate-simulator";
export { TEST_MERCHANT, type Merchant } from "./initiate-validation";
export { PayGateError, type PayGateErrorCode } from "./error-codes";
export type { NotifyAttempt, NotifyOutcome, NotifyRetry } from "./notify-sender";
export { TEST_CARDS, type CardBrand, type CardOutcome, type TestCard } from "./test-cards";
export { returnMessage, resultMessage, type PaymentChoice } from "./transactions";
export { loadOrCreateSimulatorMerchant, newSimulatorMerchant, simulatorMerchantFile } from "./simulator-merchant";
export { merchantsFromList } from "./merchant-list";
export { PAYGATE_TEST_MERCHANT } from "./protocol";
export { PAYHOST_PATH, PAYHOST_NAMESPACE, type PayHostPayment, type PayHostControls } from "./payhost";
export { hasExpired } from "./card-vault";
export { runPayGateSimulator } from "./run";
