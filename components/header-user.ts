/**
 * Whether the header shows the role beside the signed-in officer's name. The first administrator
 * is named "Administrator" by the set-up; beside its role of the same name the header read
 * "Administrator [Administrator]", so a role the name already says is shown once, as the name.
 */
export function roleAddsToName(name: string, roleLabel: string): boolean {
  const plain = (text: string) => text.normalize("NFKC").trim().toLocaleLowerCase();
  return plain(name) !== plain(roleLabel);
}
