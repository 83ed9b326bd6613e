/**
 * What every feature shares about the newspaper: its name, address, time zone and clock.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package news.dateline.site;
