// Command noop does nothing: local golang hooks only need a module to install.
package main

func main() {}
