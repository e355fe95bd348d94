/** The platform mark (a leaf in a blue disc); decorative. */
export function Emblem({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="23" fill="#ffffff" />
      <circle cx="24" cy="24" r="20" fill="#0b4a8b" />
      <path d="M24 10c-8 5-11 12-9.5 18.5C16 34 20 37 24 37s8-3 9.5-8.5C35 22 32 15 24 10z" fill="#3fb37f" />
      <path d="M24 15v22" stroke="#ffffff" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
