import {
  useState,
} from "react";
import { b } from "../../b/secret.ts";
export const a = [useState, b];
