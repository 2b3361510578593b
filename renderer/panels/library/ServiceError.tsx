/** What the library answered when it could not do something: its message, as it said it. */
export function ServiceError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="lib-service-error" role="alert">
      {message}
    </p>
  );
}
