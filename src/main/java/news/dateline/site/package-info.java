/**
 * What every feature shares about the newspaper: its name, address, time zone and clock.
 */
package news.dateline.site;
