import type { ComponentPropsWithRef } from "react";
import { cn } from "../lib/cn.ts";
import { type ButtonSize, type ButtonVariant, buttonClasses } from "./button-classes.ts";

export interface ButtonProps extends ComponentPropsWithRef<"button"> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

export function Button({
  variant = "secondary",
  size = "md",
  className,
  type = "button",
  ...props
}: ButtonProps) {
  return <button type={type} className={cn(buttonClasses(variant, size), className)} {...props} />;
}
