/** Position names that stay unique in the whole tree: "condition 2.1", "group 3". */
export const pathText = (path: readonly number[]) => path.map((i) => i + 1).join(".");

export function groupName(path: readonly number[]): string {
  return path.length === 0 ? "top level" : `group ${pathText(path)}`;
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
