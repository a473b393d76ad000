/**
 * No token is built into the app, so a test starts where a user who entered the emulator's token in
 * Settings and ticked "Remember on this device" would be (a link opened in a new tab stays
 * connected): preferences and token in localStorage, as the settings store keeps them. Only when nothing is stored yet, so that what a
 * test does to the connection (disconnect, save) survives a reload.
 */
export function connectAsUser(token: string) {
  // Only the app's own pages: an about:blank host page (a framing test) has no storage to use.
  if (location.protocol !== "http:" && location.protocol !== "https:") return;
  if (localStorage.getItem("kanbert.connection") !== null) return;
  localStorage.setItem(
    "kanbert.connection",
    JSON.stringify({ baseUrl: "/api/v1", remember: true, disconnected: false }),
  );
  localStorage.setItem("kanbert.token", token);
}
