/** A message with its figures marked **so**, shown with them in bold: the words around them differ by language. */
export function Emphasised({ text }: { text: string }) {
  return (
    <>
      {text.split('**').map((part, i) => (i % 2 === 1 ? <strong key={i}>{part}</strong> : part))}
    </>
  );
}
