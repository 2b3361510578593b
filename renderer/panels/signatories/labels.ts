/** The words of a select's choices, from a message that names one choice (messages.ts: statusLabel, orderLabel…). */
export function labelsOf<T extends string>(choices: readonly T[], label: (choice: T) => string): Readonly<Record<T, string>> {
  return Object.fromEntries(choices.map((choice) => [choice, label(choice)])) as Record<T, string>;
}
