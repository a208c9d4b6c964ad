/** A saved view of the bank: a name and the serialisable query (validated on load). */
export interface PartnerQuerySaved {
  id: string;
  name: string;
  query: unknown;
}
