import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
  size?: 'sm' | 'md';
  icon?: IconName;
  /** A keyboard shortcut, shown as a hint and announced (aria-keyshortcuts). */
  shortcut?: string;
  children?: ReactNode;
}

export function Button({
  variant = 'secondary',
  size = 'md',
  icon,
  shortcut,
  children,
  className,
  type = 'button',
  ...rest
}: Props) {
  const classes = [
    'btn',
    variant !== 'secondary' && `btn--${variant}`,
    size === 'sm' && 'btn--sm',
    !children && 'btn--icon',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button type={type} className={classes} aria-keyshortcuts={shortcut} {...rest}>
      {icon && <Icon name={icon} />}
      {children}
    </button>
  );
}
