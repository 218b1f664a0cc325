/**
 * Resolves after pending messages and input have been handled: a message-channel round trip, not a timer,
 * since timers are clamped to 4 ms when nested (and to a second in a hidden tab), which would slow a loop
 * that yields every few milliseconds. Works in the page and in workers.
 */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
