/** The Nutshell mark: the toolbar icon (drawn in assets/icon.svg, rendered by scripts/render-icons.ts). */
export function Logo({ size = 22 }: { size?: number }) {
  return <img class="logo" src="/icon/48.png" width={size} height={size} alt="" />;
}
