import {
  fluentButton,
  fluentCheckbox,
  fluentOption,
  fluentRadio,
  fluentRadioGroup,
  fluentSearch,
  fluentSelect,
  fluentTextArea,
  fluentTextField,
  provideFluentDesignSystem,
} from '@fluentui/web-components';

/**
 * Registers the Fluent UI web components the pane uses — only these, so the rest of the library
 * stays out of the bundle. They style themselves with constructable style sheets, which the page's
 * Content-Security-Policy allows without 'unsafe-inline'.
 */
export function registreerFluent(): void {
  provideFluentDesignSystem().register(
    fluentButton(),
    fluentTextField(),
    fluentTextArea(),
    fluentSelect(),
    fluentOption(),
    fluentCheckbox(),
    fluentRadioGroup(),
    fluentRadio(),
    fluentSearch(),
  );
}
