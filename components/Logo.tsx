/** The Nutshell mark (same drawing as the toolbar icon, assets/icon.svg). */
export function Logo({ size = 22 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 128 128" aria-hidden="true" focusable="false">
      <rect width="128" height="128" rx="28" fill="#5b3a1e" />
      <path
        d="M64 20c-24 0-40 20-40 44 0 26 18 44 40 44s40-18 40-44c0-24-16-44-40-44z"
        fill="#e9b872"
      />
      <path
        d="M64 28c-3 14-3 58 0 72"
        stroke="#5b3a1e"
        stroke-width="7"
        fill="none"
        stroke-linecap="round"
      />
      <path
        d="M42 52h14M42 66h16M42 80h12M72 52h14M70 66h16M72 80h12"
        stroke="#5b3a1e"
        stroke-width="6"
        stroke-linecap="round"
      />
    </svg>
  );
}
