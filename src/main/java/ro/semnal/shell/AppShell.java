package ro.semnal.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view. Styles come from Lumo and from {@code frontend/styles/semnal.css}, which the
 * build copies to the static resources: no npm build is involved.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/semnal.css")
@Viewport("width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
