/** The host state as React context: views and the Insert panel read it; only App provides it. */
import { createContext, useContext } from "react";
import type { HostState } from "./connect";

export const HostContext = createContext<HostState>({ mode: "connecting" });

export const useHostState = (): HostState => useContext(HostContext);
