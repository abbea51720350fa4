import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { AuthContext } from "./auth/auth-context";
import { createBrowserAuth } from "./auth/browser-auth";
import "./styles.css";

const container = document.getElementById("root");
if (!container) throw new Error("The page has no #root element");

const auth = createBrowserAuth();

createRoot(container).render(
  <StrictMode>
    <AuthContext value={auth}>
      <App />
    </AuthContext>
  </StrictMode>,
);
