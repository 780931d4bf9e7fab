/** Short random ids for plan nodes; uniqueness within one plan is all that is needed. */
export function newId(prefix = 'n'): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 10; i++) out += alphabet[Math.floor(Math.random() * alphabet.length)];
  return `${prefix}-${out}`;
}
