import "prosemirror-view/style/prosemirror.css";
import "./styles.css";
import { App } from "./app";
import { languageFor, setUiLanguage } from "./i18n";
import { ipc } from "./ipc";
import { applyTextSize } from "./ui/textsize";

/** The interface language before anything is drawn: the desk's choice or the system's, as the
 * shell resolves it; the web view's own languages when the shell cannot answer. */
async function chooseLanguage() {
  try {
    setUiLanguage((await ipc.appInfo()).ui_language);
  } catch {
    setUiLanguage(languageFor(navigator.languages));
  }
}

applyTextSize();
const root = document.getElementById("app");
if (root) {
  void chooseLanguage().then(() => {
    const app = new App(root);
    app.start().catch((error: unknown) => app.showError(error, true));
  });
}
