/**
 * Keyboard commands from the manifest: `_execute_action` opens the popup by itself; the report
 * lives on the options page until it has a page of its own.
 */
export function setupCommands() {
  browser.commands.onCommand.addListener((command) => {
    if (command === 'open-report') void browser.runtime.openOptionsPage();
  });
}
