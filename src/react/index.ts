'use client';
/**
 * two-factor-recovery/react: a React component for every element, made with Lit's own
 * `@lit/react`. Props are the elements' properties in camel case (`apiBase`, `client`, `open`),
 * set on the element itself; events are `on<EventName>` props typed with their event classes.
 *
 * Properties and listeners are set in a layout effect, so they arrive after hydration too (React
 * sets neither on a custom element it hydrates). On the server, a component renders its tag with
 * the props that have an attribute (`api-base`, `open`); objects (`client`) and listeners wait for
 * the browser. Each component renders its element with `suppressHydrationWarning`, one level
 * deep: those attributes, and the ones an element sets itself when it upgrades before React
 * hydrates (`data-step`), are not in the props React hydrates with. Importing this module reads
 * no DOM.
 */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import type {
  AuthenticatorEnrolledEvent,
  BackupMethodChangedEvent,
  RecoveryErrorEvent,
  RecoveryKeyAcknowledgedEvent,
  RecoveryKeyGeneratedEvent,
  RecoveryKeyRedeemedEvent,
  RecoveryStepChangeEvent,
  StepUpRequiredEvent,
  SupportRequestedEvent,
  TwoFactorAdminResetEvent,
  TwoFactorDeviceRemovedEvent,
  TwoFactorResetCompleteEvent,
} from '../core/events.js';
import { AccountProtection as AccountProtectionElement } from '../elements/account-protection/define.js';
import { AuthenticatorSetup as AuthenticatorSetupElement } from '../elements/authenticator-setup/define.js';
import { BackupMethodManager as BackupMethodManagerElement } from '../elements/backup-method-manager/define.js';
import { RecoveryKeyPanel as RecoveryKeyPanelElement } from '../elements/recovery-key-panel/define.js';
import { RecoveryProvider as RecoveryProviderElement } from '../elements/recovery-provider/define.js';
import { TwoFactorAdminReset as TwoFactorAdminResetElement } from '../elements/two-factor-admin-reset/define.js';
import { TwoFactorReset as TwoFactorResetElement } from '../elements/two-factor-reset/define.js';

/** Every public event, by the prop that listens to it. */
const events = {
  onBackupMethodChanged: 'backup-method-changed' as EventName<BackupMethodChangedEvent>,
  onTwoFactorDeviceRemoved: 'two-factor-device-removed' as EventName<TwoFactorDeviceRemovedEvent>,
  onTwoFactorResetComplete: 'two-factor-reset-complete' as EventName<TwoFactorResetCompleteEvent>,
  onRecoveryKeyGenerated: 'recovery-key-generated' as EventName<RecoveryKeyGeneratedEvent>,
  onRecoveryKeyAcknowledged: 'recovery-key-acknowledged' as EventName<RecoveryKeyAcknowledgedEvent>,
  onRecoveryKeyRedeemed: 'recovery-key-redeemed' as EventName<RecoveryKeyRedeemedEvent>,
  onAuthenticatorEnrolled: 'authenticator-enrolled' as EventName<AuthenticatorEnrolledEvent>,
  onTwoFactorAdminReset: 'two-factor-admin-reset' as EventName<TwoFactorAdminResetEvent>,
  onSupportRequested: 'support-requested' as EventName<SupportRequestedEvent>,
  onStepUpRequired: 'step-up-required' as EventName<StepUpRequiredEvent>,
  onRecoveryStepChange: 'recovery-step-change' as EventName<RecoveryStepChangeEvent>,
  onRecoveryError: 'recovery-error' as EventName<RecoveryErrorEvent>,
};
type EventProps = typeof events;

/** The events an element fires (its `@fires`; a test holds the two together). */
const firedBy = <K extends keyof EventProps>(...props: K[]) =>
  Object.fromEntries(props.map((prop) => [prop, events[prop]])) as Pick<EventProps, K>;

/** A Lit element's class: its declared properties, with the attribute each has (if any). */
type ElementClass<I> = (new () => I) & {
  elementProperties: Map<PropertyKey, { attribute?: boolean | string }>;
};

/**
 * On the server: the props as the element's attributes where it has them (`apiBase` as `api-base`,
 * `open` as `open=""`), so the HTML starts the element where the browser will; objects,
 * functions and listeners wait for the browser.
 */
function serverAttributes(
  elementClass: ElementClass<HTMLElement>,
  events: Partial<EventProps>,
  props: Record<string, unknown>,
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === 'ref' || name in events || value === undefined || value === null) continue;
    const declared = elementClass.elementProperties.get(name);
    // Not one of the element's own properties (children, id, style, aria-*): as React renders it.
    if (!declared) attributes[name === 'className' ? 'class' : name] = value;
    else if (declared.attribute !== false) {
      const attribute =
        typeof declared.attribute === 'string' ? declared.attribute : name.toLowerCase();
      if (value === true) attributes[attribute] = '';
      else if (typeof value === 'string' || typeof value === 'number')
        attributes[attribute] = String(value);
    }
  }
  return attributes;
}

function component<I extends HTMLElement, E extends Partial<EventProps>>(
  tagName: string,
  elementClass: ElementClass<I>,
  elementEvents: E,
): ReactWebComponent<I, E> {
  const Inner = createComponent({ react: React, tagName, elementClass, events: elementEvents });
  // React 19 hands `ref` to a function component as a prop: it reaches the element through Inner.
  const Outer = (props: React.ComponentProps<typeof Inner>) =>
    typeof document === 'undefined'
      ? React.createElement(tagName, serverAttributes(elementClass, elementEvents, props))
      : React.createElement(Inner as React.ElementType, {
          suppressHydrationWarning: true,
          ...props,
        });
  Outer.displayName = tagName.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
  return Outer as unknown as ReactWebComponent<I, E>;
}

/** `<recovery-provider>`: the client and settings for every element inside it. */
export const RecoveryProvider = component('recovery-provider', RecoveryProviderElement, {});

/** `<two-factor-reset>`: signed out, stuck at the 2FA prompt. */
export const TwoFactorReset = component(
  'two-factor-reset',
  TwoFactorResetElement,
  firedBy(
    'onTwoFactorDeviceRemoved',
    'onTwoFactorResetComplete',
    'onRecoveryKeyGenerated',
    'onRecoveryKeyAcknowledged',
    'onRecoveryKeyRedeemed',
    'onSupportRequested',
    'onRecoveryStepChange',
    'onRecoveryError',
  ),
);

/** `<backup-method-manager>`: sets up or changes the backup email or phone. */
export const BackupMethodManager = component(
  'backup-method-manager',
  BackupMethodManagerElement,
  firedBy('onBackupMethodChanged', 'onRecoveryStepChange', 'onRecoveryError', 'onStepUpRequired'),
);

/** `<recovery-key-panel>`: generates a recovery key, or signs in with one. */
export const RecoveryKeyPanel = component(
  'recovery-key-panel',
  RecoveryKeyPanelElement,
  firedBy(
    'onRecoveryKeyGenerated',
    'onRecoveryKeyAcknowledged',
    'onRecoveryKeyRedeemed',
    'onStepUpRequired',
    'onRecoveryStepChange',
    'onRecoveryError',
  ),
);

/** `<authenticator-setup>`: sets up (or replaces) the authenticator app. */
export const AuthenticatorSetup = component(
  'authenticator-setup',
  AuthenticatorSetupElement,
  firedBy(
    'onAuthenticatorEnrolled',
    'onBackupMethodChanged',
    'onRecoveryKeyGenerated',
    'onRecoveryKeyAcknowledged',
    'onStepUpRequired',
    'onRecoveryStepChange',
    'onRecoveryError',
  ),
);

/** `<account-protection>`: the "Protect your account" page. */
export const AccountProtection = component(
  'account-protection',
  AccountProtectionElement,
  firedBy(
    'onBackupMethodChanged',
    'onRecoveryKeyGenerated',
    'onRecoveryKeyAcknowledged',
    'onAuthenticatorEnrolled',
    'onStepUpRequired',
    'onSupportRequested',
    'onRecoveryStepChange',
    'onRecoveryError',
  ),
);

/** `<two-factor-admin-reset>`: for admins and support staff, resets a user's 2FA. */
export const TwoFactorAdminReset = component(
  'two-factor-admin-reset',
  TwoFactorAdminResetElement,
  firedBy('onTwoFactorAdminReset', 'onStepUpRequired', 'onRecoveryStepChange', 'onRecoveryError'),
);
