// Resources keep their languages, countries and regions as JSON text of a list of strings.

/** The strings of such a JSON list; anything else in it is dropped, and bad text is no list. */
export function stringList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
