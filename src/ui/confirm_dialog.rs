//! A modal question with a safe default: the native `<dialog>` gives focus trapping and Escape.

use leptos::html;
use leptos::prelude::*;

#[component]
pub fn ConfirmDialog(
    /// Whether the dialog is open.
    #[prop(into)]
    open: Signal<bool>,
    /// The question, e.g. "Scan 'De Linde' verwijderen?".
    #[prop(into)]
    title: Signal<String>,
    /// What will happen, in one or two sentences.
    #[prop(into)]
    body: Signal<String>,
    /// The label of the button that does it.
    #[prop(into)]
    confirm_label: Signal<String>,
    /// The label of the button that keeps everything as it is (focused first).
    #[prop(into)]
    cancel_label: Signal<String>,
    /// Runs when the user confirms.
    on_confirm: Callback<()>,
    /// Runs when the dialog closes without confirming (Cancel or Escape).
    on_cancel: Callback<()>,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let Some(el) = dialog.get() else { return };
        if open.get() {
            if !el.open() {
                let _ = el.show_modal();
            }
        } else if el.open() {
            el.close();
        }
    });
    // Closing the native dialog (Escape included) is a cancel, unless confirm came first.
    let confirmed = StoredValue::new(false);
    let handle_confirm = move |_| {
        confirmed.set_value(true);
        on_confirm.run(());
    };
    let handle_close = move |_| {
        if !confirmed.get_value() {
            on_cancel.run(());
        }
        confirmed.set_value(false);
    };
    view! {
        <dialog
            node_ref=dialog
            class="dialog"
            aria-labelledby="confirm-title"
            aria-describedby="confirm-body"
            on:close=handle_close
        >
            <h2 id="confirm-title" class="dialog__title">{move || title.get()}</h2>
            <p id="confirm-body">{move || body.get()}</p>
            <div class="button-row">
                <button type="button" class="button button--danger" on:click=handle_confirm>
                    {move || confirm_label.get()}
                </button>
                <button type="button" class="button button--secondary" autofocus on:click=move |_| on_cancel.run(())>
                    {move || cancel_label.get()}
                </button>
            </div>
        </dialog>
    }
}
