/**
 * The pages every user passes through: sign in, the home page with who is signed in and in which
 * role, and sign out. The workflows' own pages live in their modules.
 */
package uk.nhs.icb.caseworkflows.app.web;
