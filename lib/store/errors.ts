/** A caller passed the store something it will not keep (bad locale, oversized payload, bad key…): a 4xx, not a 5xx. */
export class StoreInputError extends RangeError {
  override name = "StoreInputError";
}
