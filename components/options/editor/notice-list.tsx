/** A notice in the editor's bar: one line, then what it is about, one item each. */
export function NoticeList({ title, items, error = false }: { title: string; items: readonly string[]; error?: boolean }) {
  return (
    <div class={error ? 'status error' : 'status'} role={error ? 'alert' : 'status'}>
      <p>{title}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
