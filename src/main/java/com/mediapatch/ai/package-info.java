/**
 * The AI service manager: every AI capability (text, embeddings, classification and the kinds only remote
 * providers offer) behind one facade, {@link com.mediapatch.ai.AiServices}, answered by an ordered chain of
 * links per capability: the in-process providers that need no download, then the model servers and external
 * APIs God Mode adds as connections (keys sealed by the vault), with failover, cooldowns, quotas, budgets and a
 * usage record for every call.
 */
@ApplicationModule(displayName = "AI services",
        allowedDependencies = {"shared", "shared :: web", "identity", "vault", "audit", "godmode"})
package com.mediapatch.ai;

import org.springframework.modulith.ApplicationModule;
