"""LibreOffice Writer's own LanguageTool client checking a story through `sunting serve`.

Run by scripts/libreoffice-check, which starts the server and a headless LibreOffice; this part
connects to LibreOffice over UNO, points its "LanguageTool Remote" grammar checker at the server,
makes it Writer's grammar checker for Indonesian, writes a short story into a new Writer document
in Indonesian, and reads back what Writer's proofreading iterator marks in each paragraph (what
Tools > Spelling shows and what the wavy underlines are drawn from).

Usage: python3 libreoffice-check.py UNO_PORT BASE_URL [SCREENSHOT.png]
With SCREENSHOT.png (LibreOffice shown on an X display, as under xvfb-run), the window is
captured with xwd once Writer's automatic checking has drawn its underlines.
Exits 1 when no mark for the name spelt two ways came back.
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from xwdpng import xwd_to_png  # noqa: E402  (beside this script)

CHECKER = "org.openoffice.lingu.LanguageToolGrammarChecker"
PROOFREADER = "com.sun.star.linguistic2.Proofreader"
INDONESIAN = Locale("id", "ID", "")

# A news story with a minister's name spelt two ways (Rudiatara once, Rudiantara twice in the
# paragraph), a non-standard form (merubah: mengubah) and a joined preposition (disitu: di situ).
STORY = [
    "Menteri Komunikasi dan Informatika Rudiantara meresmikan jaringan serat optik di Jayapura, "
    "Senin. Menurut Rudiatara, jaringan itu akan merubah cara warga belajar. Rudiantara berjanji "
    "perluasan jaringan rampung tahun depan.",
    "Warga yang tinggal disitu sudah lama menunggu sinyal yang stabil.",
]


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(port):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    url = f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
    for _ in range(300):
        try:
            return resolver.resolve(url)
        except Exception:  # NoConnectException while soffice starts
            time.sleep(0.1)
    sys.exit("LibreOffice did not answer on its UNO port")


def main():
    port, base_url = sys.argv[1], sys.argv[2]
    screenshot = sys.argv[3] if len(sys.argv) > 3 else None
    ctx = connect(port)
    smgr = ctx.ServiceManager

    # Tools > Options > Language Settings > LanguageTool Remote.
    provider = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
    options = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (prop("nodepath", "/org.openoffice.Office.Linguistic/GrammarChecking/LanguageTool"),),
    )
    options.BaseURL = base_url
    options.IsEnabled = True
    options.commitChanges()

    # Tools > Options > Language Settings > Writing Aids: LanguageTool Remote for Indonesian.
    lingu = smgr.createInstanceWithContext("com.sun.star.linguistic2.LinguServiceManager", ctx)
    available = lingu.getAvailableServices(PROOFREADER, INDONESIAN)
    lingu.setConfiguredServices(PROOFREADER, INDONESIAN, (CHECKER,))
    configured = lingu.getConfiguredServices(PROOFREADER, INDONESIAN)
    # No spell checker for Indonesian (hunspell-id underlines every name it does not know), so
    # that the underlines in the screenshot are Sunting's alone.
    lingu.setConfiguredServices("com.sun.star.linguistic2.SpellChecker", INDONESIAN, ())
    version = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationAccess", (prop("nodepath", "/org.openoffice.Setup/Product"),)
    )
    print(f"LibreOffice {version.ooSetupVersionAboutBox}: LanguageTool Remote at {options.BaseURL}, "
          f"enabled {options.IsEnabled}")
    print(f"grammar checkers for id-ID: available {list(available)}, configured {list(configured)}")
    if CHECKER not in configured:
        sys.exit("LanguageTool Remote could not be made the grammar checker for Indonesian")

    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
    text = doc.Text
    cursor = text.createTextCursor()
    cursor.CharLocale = INDONESIAN
    for i, paragraph in enumerate(STORY):
        if i:
            text.insertControlCharacter(cursor, uno.getConstantByName("com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK"), False)
        text.insertString(cursor, paragraph, False)
    cursor.gotoStart(False)
    cursor.gotoEnd(True)
    cursor.CharLocale = INDONESIAN

    # Writer's paragraphs as its proofreading sees them, each checked by the proofreading iterator
    # with the grammar checker configured for the paragraph's language.
    proofreading = uno.getConstantByName("com.sun.star.text.TextMarkupType.PROOFREADING")
    iterator = smgr.createInstanceWithContext("com.sun.star.linguistic2.ProofreadingIterator", ctx)
    paragraphs = doc.getFlatParagraphIterator(proofreading, False)
    flat = paragraphs.getFirstPara()
    name_marked = False
    n = 0
    while flat is not None:
        n += 1
        content = flat.getText()
        locale = flat.getLanguageOfText(0, len(content))
        result = iterator.checkSentenceAtPosition(doc, flat, content, locale, 0, len(content), 0)
        checker = result.xProofreader.getImplementationName() if result.xProofreader else None
        print(f"\nparagraph {n} ({locale.Language}-{locale.Country}, checked by {checker}):")
        print(f"  {content}")
        if not result.aErrors:
            print("  no marks")
        for error in sorted(result.aErrors, key=lambda e: e.nErrorStart):
            marked = content[error.nErrorStart:error.nErrorStart + error.nErrorLength]
            colour = {p.Name: p.Value for p in error.aProperties}.get("LineColor")
            print(f"  mark at {error.nErrorStart}, length {error.nErrorLength}: \"{marked}\""
                  + (f" (line colour #{colour:06x})" if colour is not None else ""))
            print(f"    short comment: {error.aShortComment}")
            print(f"    full comment:  {error.aFullComment}")
            print(f"    suggestions:   {', '.join(error.aSuggestions) or '(none)'}")
            if marked == "Rudiatara" and "Rudiantara" in error.aSuggestions:
                name_marked = True
        flat = paragraphs.getParaAfter(flat)

    if screenshot:
        window = doc.CurrentController.Frame.ContainerWindow
        window.setPosSize(0, 0, 1280, 720, 15)
        doc.CurrentController.ViewSettings.ZoomValue = 160
        time.sleep(8)  # Writer's automatic checking runs when the application is idle
        dump = subprocess.run(["xwd", "-root", "-silent"], check=True, capture_output=True).stdout
        xwd_to_png(dump, screenshot)
        print(f"\nscreenshot: {screenshot}")

    doc.close(True)
    try:
        desktop.terminate()
    except Exception:  # the bridge goes away as LibreOffice quits
        pass
    if not name_marked:
        print("\nFAIL: Writer marked no \"Rudiatara\" with \"Rudiantara\" suggested", file=sys.stderr)
        sys.exit(1)
    print("\nok: Writer marked the name spelt two ways, with Sunting's message and replacement")


if __name__ == "__main__":
    main()
