/**
 * The frame around every staff page: navigation, the signed-in user, language and sign-out. It sits
 * above the features because it shows what each of them offers.
 */
package org.npmportal.shell;
