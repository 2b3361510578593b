/**
 * The dateline under the title: the places in the writer's order, then the date, as the
 * genre prints it ("Bishkek, Vienna, 26 June 2024"). Blank places are skipped, so a
 * half-filled header never prints ", , 26 June 2024".
 */
export function formatDateline(places: readonly string[], dateText: string): string {
  const parts = places.map((place) => place.trim()).filter((place) => place !== '');
  if (dateText !== '') parts.push(dateText);
  return parts.join(', ');
}
