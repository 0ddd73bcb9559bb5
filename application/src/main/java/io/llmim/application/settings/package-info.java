/** What every settings record shares: the exception naming the key at fault, and the common value checks. */
package io.llmim.application.settings;
