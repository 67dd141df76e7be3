/** The outcome of saving a settings form, beside it: an alert for an error, a status otherwise. */
export function FormMessage({ message }: { message: { error: boolean; text: string } | null }) {
  if (!message) return null;
  return (
    <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
      {message.text}
    </p>
  );
}
