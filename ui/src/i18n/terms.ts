// Labels for values that travel as codes (statuses, language codes), each asked for by a
// literal id so the catalogue test sees it.

import type { Status } from "../ipc";
import { t } from "./index";

/** A workflow status as editors read it. */
export function statusLabel(status: Status): string {
  switch (status) {
    case "draft":
      return t("status-draft");
    case "editing":
      return t("status-editing");
    case "ready":
      return t("status-ready");
    case "exported":
      return t("status-exported");
  }
}

/** A language's name for a code Sunting knows; the code itself otherwise. */
export function languageName(code: string): string {
  switch (code) {
    case "id":
      return t("language-id");
    case "en":
      return t("language-en");
    case "ms":
      return t("language-ms");
    case "jv":
      return t("language-jv");
    case "su":
      return t("language-su");
    default:
      return code;
  }
}
