fn main() {
    // The window embeds the UI's build; say how to make it rather than fail inside a macro.
    let ui = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/dist/index.html");
    if !ui.exists() {
        panic!("the UI is not built ({} is missing): run scripts/build-ui first", ui.display());
    }
    // The configuration lives at the repository root, beside the workspace's Cargo.toml. A
    // Windows build puts the icon into the program's resources (the build runs in src-tauri/).
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .windows_attributes(tauri_build::WindowsAttributes::new().window_icon_path("icons/icon.ico"));
    tauri_build::try_build(attributes).expect("tauri.conf.json or the capabilities are invalid");
}
