import "prosemirror-view/style/prosemirror.css";
import "./styles.css";
import { App } from "./app";

const root = document.getElementById("app");
if (root) {
  const app = new App(root);
  app.start().catch((error: unknown) => app.showError(error, true));
}
