fn main() {
    // The configuration lives at the repository root, beside the workspace's Cargo.toml.
    let attributes = tauri_build::Attributes::new().config_path("../tauri.conf.json");
    tauri_build::try_build(attributes).expect("tauri.conf.json or the capabilities are invalid");
}
