/** Vector A33: vector A22 (`segment eq "B" and primary_contact.id isnull`) form-encoded; it selects c6. */
export const A33_FORM_PAIRS: readonly (readonly [string, string])[] = [
  ["filter[0][field]", "segment"],
  ["filter[0][op]", "eq"],
  ["filter[0][value]", "B"],
  ["filter[1][field]", "primary_contact.id"],
  ["filter[1][op]", "isnull"],
];
