/** Render a button that opens the browser's print dialogue. It needs JavaScript, but the page prints without it too. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
