import { openReportTab } from './report-tab';

/** Keyboard commands from the manifest: `_execute_action` opens the popup by itself. */
export function setupCommands() {
  browser.commands.onCommand.addListener((command) => {
    if (command === 'open-report') void openReportTab();
  });
}
