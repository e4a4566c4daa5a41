// An error boundary around each panel of the workbench: an error while drawing one panel shows what
// happened there, with a way to draw the panel again, and leaves the rest of the workbench working.
// Every change is saved by its command before it is drawn, so nothing is lost with the panel.
import { Component, useEffect, useState, type ReactNode } from "react";
import { t } from "../lang";

interface Props {
  /** The panel's name, as the user knows it ("Codebook", "Transcript"). */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by "Reload panel": the panel is drawn anew from the stored data. */
  generation: number;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`The ${this.props.name} panel stopped:`, error);
  }

  private reload = () => this.setState((s) => ({ error: null, generation: s.generation + 1 }));

  override render() {
    const { error, generation } = this.state;
    if (error) {
      return (
        <section className="panel-failed" role="alert" aria-label={t("panelFailedTitle", { panel: this.props.name })}>
          <h2>{t("panelFailedTitle", { panel: this.props.name })}</h2>
          <p>{t("panelFailedBody")}</p>
          <p className="panel-failed-reason">
            <code>{error.message}</code>
          </p>
          <button type="button" className="primary" onClick={this.reload}>
            {t("reloadPanel", { panel: this.props.name })}
          </button>
        </section>
      );
    }
    return (
      <PanelContent key={generation} name={this.props.name}>
        {this.props.children}
      </PanelContent>
    );
  }
}

/**
 * The panel's content. In development builds a `telaah:fault` event naming the panel makes it throw
 * while drawing, so that the browser tests can see the boundary at work in every panel.
 */
function PanelContent({ name, children }: Props) {
  const [fault, setFault] = useState(false);
  useEffect(() => {
    if (!import.meta.env.DEV) return;
    const onFault = (event: Event) => {
      if ((event as CustomEvent<string>).detail === name) setFault(true);
    };
    window.addEventListener("telaah:fault", onFault);
    return () => window.removeEventListener("telaah:fault", onFault);
  }, [name]);
  if (fault) throw new Error(`A fault was provoked in the ${name} panel.`);
  return <>{children}</>;
}
