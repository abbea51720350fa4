export function Brand() {
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true">
        DCX
      </span>
      <span className="brand-name">DCX Cloud</span>
    </div>
  );
}
